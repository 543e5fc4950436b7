"""Sales (issue 13): deals on a configurable pipeline, lifecycle stages of contacts and
companies with their history, retention and neglect reports, campaigns with frozen recipients
and recorded responses, the data-quality counts and the dashboard that gathers them.

Services only: the SQL lives in :mod:`rolodex.store.deals`, :mod:`rolodex.store.lifecycle`,
:mod:`rolodex.store.campaigns` and :mod:`rolodex.store.quality` (both backends). Money is an
integer of minor units (:mod:`rolodex.sales.money`), never a float.
"""
