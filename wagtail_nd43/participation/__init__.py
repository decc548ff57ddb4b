"""Public participation: the only public write paths of the site.

Questions (Hỏi đáp, ND43-15.2, 17.1.đ) and comments on draft documents (Lấy ý kiến
góp ý, ND43-10.1.i) arrive through the forms of :mod:`.forms`, which share one set of
defences (:mod:`.security`): CSRF, a honeypot, a signed minimum fill time, a per-client
rate limit in the cache, maximum lengths, plain text only and attachment limits. Every
form shows the personal-data notice of :mod:`.notice` (Decree 13/2023, Law 91/2025)
and stores the consent record with the submission. :mod:`.personal_data` exports,
erases and purges one person's data; :mod:`.notify` sends the emails.
"""
