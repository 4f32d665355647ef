"""The annual report keeps no tables of its own: it is built, when asked, from the other apps'
records (``services.annual_report``)."""
