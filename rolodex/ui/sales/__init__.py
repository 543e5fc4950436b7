"""The sales screens: the pipeline board (:mod:`.board`) and the dashboard (:mod:`.dashboard`),
opened from the View menu (:mod:`.menu`)."""
