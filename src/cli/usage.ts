export const USAGE = `Usage: casekeep <command> [arguments] --vault DIR [--json]

Vault:
  init                         create a new vault in DIR and print its recovery key once
  passwd                       change the vault's passphrase
  status                       say whether DIR holds a vault and which

Records (KIND is case, person, source, testimony, incident or organisation):
  add KIND FILE|-              add a record from a JSON file, or from stdin with -;
                               the file is { "data": {...} }, plus "identity" for a source
  get KIND ID                  show one record
  list KIND                    list records, newest first
       [--case ID] [--limit N] [--offset N] [--sort updated|created|label] [--order asc|desc]
  search QUERY [--kind KIND]... [--limit N] [--offset N]
                               full-text search in every script
  attach FILE (--testimony ID | --owner ID) [--name NAME] [--mime TYPE] [--strip-metadata]
                               add a file, streamed in encrypted 1 MiB chunks
  attachment save ID --out FILE [--copy working|original] [--force]
                               write a plain, UNENCRYPTED copy of a file out of the vault
  audit verify                 check the audit log's hash chain (exit 1 if damaged)

Backups:
  backup --out DIR             back up the vault, encrypted and verified, into DIR (a drive);
                               a later backup there copies only the new attachments
  restore BACKUP [--recovery-key]
                               restore a backup (DIR or one snapshot in it) into a NEW
                               vault folder --vault NEWDIR, after checking all of it

Exchange:
  identity [--out FILE] [--force]
                               print this vault's public card (--json: name, recipient
                               age1..., signing key, fingerprint, card); --out writes it
  partner add CARDFILE [--name NAME] | partner list | partner remove ID
                               the address book of partners, from the cards they send
  export (--case ID... | --all) --to age1... --out FILE [--profile partner|full|archive] [--force]
                               an encrypted, signed bundle for partners (age v1); the
                               default profile leaves out source identities and what
                               consent does not cover; --all with --to self archives the vault
  import FILE [--dry-run] [--yes]
                               verify a bundle, show what it would change, then merge it;
                               --dry-run writes nothing; --yes accepts a signer that is not
                               in the address book (otherwise exit 1 with its fingerprint)

For partners, without a vault (no --vault):
  bundle verify FILE --identity KEYFILE
                               decrypt with an age identity file (age-keygen) and check every
                               hash and the signature; prints the sender's fingerprint
  bundle extract FILE --identity KEYFILE --out DIR
                               verify, then write the contents into a new folder DIR

Developer tools:
  seed --testimonies N [--seed S]
                               fill the vault with a synthetic multilingual data set

--json prints JSON on stdout (errors as JSON on stderr). 'add KIND --json FILE' works too:
--json is the output flag and FILE the input.
The passphrase is read from CASEKEEP_PASSPHRASE when set, otherwise asked for without echo.
passwd reads the new passphrase from CASEKEEP_NEW_PASSPHRASE, otherwise asks twice.
Exit codes: 0 done, 1 failed (nothing written), 2 bad usage. More in docs/cli.md.
`;
