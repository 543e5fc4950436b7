"""Tags in the sidebar: the model and its actions."""
