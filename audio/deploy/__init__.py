"""Deploy: a built site folder → a host (a folder, S3-compatible storage, SFTP, rsync),
incrementally and in an order that never leaves a feed naming a missing file; and
`check`, which reads a published feed back as a podcast app does."""
