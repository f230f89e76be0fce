#include "sunrelay/exchange/input_error.h"

namespace sunrelay::exchange
{

std::string InputError::message() const
{
    // A syntax error has no structural path yet (the text did not parse), so
    // the text position is the only "where" a reader can act on.
    if (code == InputErrorCode::Syntax && line > 0)
        return "line " + std::to_string(line) + ", column " + std::to_string(column) + ": "
            + detail;
    if (path.empty())
        return detail;
    return path + ": " + detail;
}

} // namespace sunrelay::exchange
