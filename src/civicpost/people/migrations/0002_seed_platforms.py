"""Seed the platforms the policy names (clause 3); the Clerk can add more."""

from django.db import migrations

PLATFORMS = [
    ("X", "network", "https://x.com"),
    ("Facebook", "network", "https://www.facebook.com"),
    ("Instagram", "video", "https://www.instagram.com"),
    ("LinkedIn", "network", "https://www.linkedin.com"),
    ("YouTube", "video", "https://www.youtube.com"),
    ("Flickr", "video", "https://www.flickr.com"),
    ("Bluesky", "network", "https://bsky.app"),
    ("Mastodon", "network", "https://joinmastodon.org"),
    ("Threads", "network", "https://www.threads.net"),
    ("TikTok", "video", "https://www.tiktok.com"),
    ("Nextdoor", "network", "https://nextdoor.co.uk"),
    ("Blog", "blog", ""),
    ("Forum", "forum", ""),
    ("Newsgroup", "forum", ""),
]


def seed(apps, schema_editor):
    Platform = apps.get_model("people", "Platform")
    for name, kind, website in PLATFORMS:
        Platform.objects.get_or_create(name=name, defaults={"kind": kind, "website": website})


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]
    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
