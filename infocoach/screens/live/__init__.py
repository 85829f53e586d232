"""The live screen and its parts: saving, entries (notes, referrals, actions), listening and quick prompts."""
