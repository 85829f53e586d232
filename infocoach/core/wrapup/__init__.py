"""After the call: the wrap-up summary and the thank-you note."""
