"""The contact list and card: model, actions, merge and completion."""
