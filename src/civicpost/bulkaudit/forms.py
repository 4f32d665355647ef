from __future__ import annotations

from django import forms

from .models import BulkAudit

MAX_UPLOAD = 2 * 1024**3  # 2 GiB: a decade of a busy page; the file is streamed, never loaded whole
SUFFIXES = {"facebook": (".json",), "x": (".js",), "mastodon": (".json",), "bluesky": (".car",)}


class BulkAuditForm(forms.ModelForm):
    class Meta:
        model = BulkAudit
        fields = ["platform", "account_kind", "handle", "export"]
        widgets = {"platform": forms.RadioSelect, "account_kind": forms.RadioSelect}
        help_texts = {
            "export": "Facebook: posts/your_posts_1.json. X: data/tweets.js. Mastodon: "
            "outbox.json. Bluesky: the repository .car file. Unzip the platform's download first."
        }

    def clean(self) -> dict:
        data = super().clean()
        upload = data.get("export")
        platform = data.get("platform")
        if upload and platform:
            if upload.size > MAX_UPLOAD:
                self.add_error("export", "The file must be smaller than 2 GB")
            elif not upload.name.lower().endswith(SUFFIXES[platform]):
                wanted = " or ".join(SUFFIXES[platform])
                self.add_error("export", f"Choose a {wanted} file for this platform")
            elif upload.size == 0:
                self.add_error("export", "The file is empty")
        return data
