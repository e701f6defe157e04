"""``python -m claude``: the ``claude`` command line (needs the ``cli`` extra)."""

if __name__ == "__main__":
    from claude.cli import main

    raise SystemExit(main())
