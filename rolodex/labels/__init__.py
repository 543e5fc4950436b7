"""Mailing labels and envelopes: label sheet templates, postal address formatting, text
fitting and PDF rendering with reportlab. No Qt here; ``rolodex.ui.labels.dialog`` sits on top.

Entry points: :func:`rolodex.labels.templates.load_templates`,
:func:`rolodex.labels.render.render_labels` and :func:`rolodex.labels.plan.plan_pages`.
"""
