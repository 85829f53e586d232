"""The command line: argument parsing in main, one module per subcommand. Only launch imports Textual, and only when it runs."""
