"""Uploaded pictures opened with a bound on the work they cause (issue 22: pixel bombs).

A PNG of a few hundred kilobytes can claim 9,400 × 9,400 pixels and take most of a gigabyte once
decoded. The size is read from the header, before any pixel is decoded, and a picture larger than
MAX_PIXELS is refused with a Swedish message. Pillow's own guard is set to the same limit for
every picture the process opens, and its warning is an error here, not a line in a log.
"""

from __future__ import annotations

import io
import warnings

from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

MAX_PIXELS = 40_000_000  # 40 megapixels: more than any phone camera, a fraction of a bomb
Image.MAX_IMAGE_PIXELS = MAX_PIXELS


class ImageRefused(ValueError):
    """The message says why, in Swedish."""


def _too_large() -> ImageRefused:
    return ImageRefused(
        _("Bilden är för stor: högst %(mp)s megapixlar. Minska bilden och ladda upp den igen.")
        % {"mp": MAX_PIXELS // 1_000_000}
    )


def open_bounded(content: bytes, formats: set[str]) -> Image.Image:
    """The picture, opened (not decoded) after its header said it is of one of `formats` and at
    most MAX_PIXELS large; ImageRefused otherwise. Decoding it (load, thumbnail) is then bounded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(content))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise _too_large() from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ImageRefused(_("Filen går inte att läsa som en bild.")) from error
    width, height = image.size
    if width <= 0 or height <= 0 or width * height > MAX_PIXELS:
        image.close()
        raise _too_large()
    if image.format not in formats:
        image.close()
        raise ImageRefused(_("Bilden måste vara PNG, JPEG, GIF eller WebP."))
    return image
