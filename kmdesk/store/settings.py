"""The team lead's PIN that locks framework editing: hashed with a salt, kept in the settings."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy.orm import Session

from kmdesk.store import models as m

PIN_KEY = "framework_edit_pin"
PIN_MIN, PIN_MAX = 4, 12  # digits
# scrypt's cost: about 16 MB and 0.05 s a try here, so guessing from a copied database is slow.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
SALT_BYTES, HASH_BYTES = 16, 32
SCHEME = "scrypt"


class WrongPin(ValueError):
    """The PIN given is not the one set (nothing was changed)."""


class BadPin(ValueError):
    """A new PIN that breaks the rule: PIN_MIN to PIN_MAX digits."""


def valid_pin(pin: str) -> bool:
    """A PIN is 4 to 12 digits 0–9 (Thai digits too: they are typed on Thai keyboards)."""
    return PIN_MIN <= len(pin) <= PIN_MAX and all(ch.isdecimal() for ch in pin)


def _digits(pin: str) -> bytes:
    # "๑๒๓๔" and "1234" are the same PIN: a Thai keyboard layout types the first.
    return "".join(str(int(ch)) if ch.isdecimal() else ch for ch in pin).encode()


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex): what the database keeps instead of the PIN."""
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    digest = hashlib.scrypt(
        _digits(pin), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=HASH_BYTES
    )
    return f"{SCHEME}${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    """Whether ``pin`` is the one ``stored`` was made from; False for anything malformed.

    The cost is read from ``stored``, so a PIN set with other parameters still opens.
    """
    parts = stored.split("$")
    if len(parts) != 6 or parts[0] != SCHEME:
        return False
    try:
        n, r, p = (int(part) for part in parts[1:4])
        salt, expected = bytes.fromhex(parts[4]), bytes.fromhex(parts[5])
        digest = hashlib.scrypt(_digits(pin), salt=salt, n=n, r=r, p=p, dklen=len(expected))
    except ValueError:
        # Not numbers or hex, or a cost OpenSSL refuses (beyond its memory limit).
        return False
    return bool(expected) and hmac.compare_digest(digest, expected)


def pin_hash(session: Session) -> str | None:
    """The stored hash, or None when framework editing is not locked."""
    row = session.get(m.Setting, PIN_KEY)
    return row.value if row is not None and row.value else None


def has_pin(session: Session) -> bool:
    return pin_hash(session) is not None


def check_pin(session: Session, pin: str) -> bool:
    """Whether ``pin`` opens framework editing (any PIN does when none is set)."""
    stored = pin_hash(session)
    return stored is None or pin_matches(pin, stored)


def set_pin(database, new: str | None, current: str | None = None) -> None:
    """Set, change (``new``) or remove (None) the PIN; a PIN already set must be given.

    Raises WrongPin when ``current`` does not match the PIN set, BadPin for a new PIN
    that is not 4–12 digits. The check and the change are one transaction.
    """
    if new is not None and not valid_pin(new):
        raise BadPin(f"a PIN is {PIN_MIN} to {PIN_MAX} digits")
    with database.write() as session:
        stored = pin_hash(session)
        if stored is not None and not pin_matches(current or "", stored):
            raise WrongPin("that is not the PIN set")
        row = session.get(m.Setting, PIN_KEY)
        if new is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(m.Setting(key=PIN_KEY, value=hash_pin(new)))
        else:
            row.value = hash_pin(new)


def forget_pin(database) -> bool:
    """Remove the PIN without knowing it (for a command run by whoever holds the file, when
    the team lead has forgotten it); True if one was set."""
    with database.write() as session:
        row = session.get(m.Setting, PIN_KEY)
        if row is None:
            return False
        session.delete(row)
        return True
