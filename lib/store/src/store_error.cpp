#include "sunrelay/store/store_error.h"

namespace sunrelay::store
{

std::string StoreError::message() const
{
    std::string where;
    if (!table.empty()) {
        where = "table " + table;
        if (!rowId.empty())
            where += ", row " + rowId;
        if (!column.empty())
            where += ", column " + column;
        where += ": ";
    }
    const std::string untouched = "; the file was not changed";
    switch (code) {
    case StoreErrorCode::CannotOpen:
        return "cannot use the file: " + detail;
    case StoreErrorCode::NotAPlanFile:
        return "not a Sunrelay plan file (" + detail + ")" + untouched;
    case StoreErrorCode::Corrupt:
        return "the plan file is damaged (" + detail + ")" + untouched;
    case StoreErrorCode::OtherApplication:
        return "not a Sunrelay plan file: " + detail + untouched;
    case StoreErrorCode::NewerVersion:
        return "made by a newer version of Sunrelay (file format " + std::to_string(fileVersion)
            + "; this version reads up to " + std::to_string(supportedVersion) + ")" + untouched;
    case StoreErrorCode::UnexpectedSchema:
        return "the plan file has been altered (" + where + detail + ")" + untouched;
    case StoreErrorCode::InvalidRow:
        return "the plan file holds invalid data (" + where + detail + ")" + untouched;
    case StoreErrorCode::Locked:
        return "the plan is open for editing in "
            + (holder.empty() ? std::string("another program") : holder) + "; close it there first";
    case StoreErrorCode::ReadOnly:
        return "the plan is open read-only";
    case StoreErrorCode::NotFound:
        return "not in the plan: " + detail;
    case StoreErrorCode::InvalidEdit:
        return "cannot make this change: " + detail;
    case StoreErrorCode::WriteFailed:
        return "could not save the change (" + detail + "); nothing was changed";
    }
    return detail;
}

} // namespace sunrelay::store
