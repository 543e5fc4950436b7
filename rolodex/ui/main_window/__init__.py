"""The main window and the mixins it is built from."""
