"""Pages of the action-plan app, by behaviour: plans, their contents, follow-up, the template."""
