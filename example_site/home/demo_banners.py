"""Demo campaign banner (issue 7): the scaffold's “Biển, đảo Việt Nam” example gets
a drawn image and is published, so the demo home page shows a banner."""

from wagtail_nd43.banner_examples import SEA_AND_ISLANDS
from wagtail_nd43.models import Banner


def draw_sea_banner(sky, star, yellow, red):
    image, draw = sky(1200, 300, top=(40, 110, 190), bottom=(120, 190, 235))
    for band in range(4):
        y = 200 + band * 25
        draw.rectangle((0, y, 1200, y + 12), fill=(20, 80 + band * 20, 160))
    draw.ellipse((850, 120, 1010, 230), fill=(60, 140, 70))  # an island
    draw.rectangle((100, 60, 250, 160), fill=red)
    draw.polygon(star(175, 110, 36), fill=yellow)
    return image


def publish_sea_banner(image_for):
    """Give the seeded example an image and publish it, once."""
    banner = Banner.objects.filter(title=SEA_AND_ISLANDS, image__isnull=True).first()
    if banner is None:
        return False
    banner.image = image_for()
    banner.save_revision().publish()
    return True
