"""The command-line interface: one module per command group, all on the Qt-free core."""
