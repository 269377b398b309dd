import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded documents go to a temporary MEDIA_ROOT, never the real one."""
    settings.MEDIA_ROOT = tmp_path / "media"
