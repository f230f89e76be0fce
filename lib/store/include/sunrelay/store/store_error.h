#pragma once

// StoreError: why a plan file cannot be opened or an edit cannot be saved,
// with the context that makes the message useful. The app turns the code into
// translated words; message() is the English text for logs and the CLI.
//
// Example:
//   {StoreErrorCode::NewerVersion, .fileVersion = 4, .supportedVersion = 1}
//   .message() == "made by a newer version of Sunrelay (file format 4; this
//                  version reads up to 1); the file was not changed"

#include <string>

namespace sunrelay::store
{

enum class StoreErrorCode {
    CannotOpen, // missing, unreadable, not a regular file, or cannot be created
    NotAPlanFile, // not an SQLite database at all: empty, random bytes, text
    Corrupt, // an SQLite database that is damaged or truncated
    OtherApplication, // an SQLite database, but not a Sunrelay plan
    NewerVersion, // made by a newer Sunrelay (user_version too high)
    UnexpectedSchema, // tables altered, or triggers, views or other objects planted
    InvalidRow, // a row whose values are not a valid plan (zone, time, reference)
    Locked, // another program has the plan open for editing
    ReadOnly, // an edit on a plan opened read-only
    NotFound, // an edit names an entity the plan does not have
    InvalidEdit, // an edit that would break the plan (duplicate id, unknown region)
    WriteFailed, // SQLite could not write (disk full, I/O error); nothing changed
};

struct StoreError {
    StoreErrorCode code = StoreErrorCode::CannotOpen;
    std::string detail; // what exactly: "unknown time zone \"Europe/Berlim\""
    std::string table; // where, for rows and schema objects
    std::string rowId;
    std::string column;
    int fileVersion = 0; // NewerVersion
    int supportedVersion = 0;
    std::string holder; // Locked: who holds the plan, when known

    std::string message() const;

    bool operator==(const StoreError &) const = default;
};

} // namespace sunrelay::store
