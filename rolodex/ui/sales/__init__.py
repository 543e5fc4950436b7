"""The sales screens: the pipeline board (:mod:`.board`), the deal dialog (:mod:`.deal_dialog`),
the lifecycle stage and deals on the contact card (:mod:`.contact_sales`), the campaigns window
(:mod:`.campaigns_window`: new, send, responses) and the dashboard (:mod:`.dashboard`), opened
from the View menu (:mod:`.menu`). Amounts in the user's locale (:mod:`.money_text`)."""
