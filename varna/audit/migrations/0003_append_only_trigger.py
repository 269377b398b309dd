"""On PostgreSQL the database itself refuses to change or delete audit events.

One change is let through: when a user or an administration is deleted, its link in old entries
is set to NULL (the entry keeps the username as text). Nothing else in a row can change.

The application already refuses (AuditEvent.save/delete); the trigger also stops bulk updates,
raw SQL and the Django admin. Removing an entry needs a superuser disabling the trigger, which is
itself visible in the database's own log.
"""

from django.db import migrations

CREATE = """
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'UPDATE'
     AND NEW.id = OLD.id AND NEW.at = OLD.at AND NEW.action = OLD.action
     AND NEW.actor_name = OLD.actor_name AND NEW.object_type = OLD.object_type
     AND NEW.object_id = OLD.object_id AND NEW.summary = OLD.summary
     AND NEW.ip_address IS NOT DISTINCT FROM OLD.ip_address
     AND (NEW.actor_id IS NOT DISTINCT FROM OLD.actor_id OR NEW.actor_id IS NULL)
     AND (NEW.administration_id IS NOT DISTINCT FROM OLD.administration_id
          OR NEW.administration_id IS NULL)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit events are append-only';
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_event_append_only
  BEFORE UPDATE OR DELETE ON audit_auditevent
  FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
"""

DROP = """
DROP TRIGGER IF EXISTS audit_event_append_only ON audit_auditevent;
DROP FUNCTION IF EXISTS audit_event_append_only();
"""


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("audit", "0002_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
