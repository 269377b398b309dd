import pytest


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded files of these tests go to a temporary directory."""
    settings.MEDIA_ROOT = tmp_path / "media"
