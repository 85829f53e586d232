"""Sample data: the demo and a heavy user's generated history (for scale tests and benchmarks)."""
