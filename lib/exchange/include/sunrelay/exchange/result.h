#pragma once

// Result<T>: a value read from outside data, or the InputError explaining why
// there is none. Library functions return it instead of throwing.
//
// Example:
//   Result<Plan> plan = readPlanJson(text);
//   if (!plan) std::cerr << plan.error().message();

#include "sunrelay/exchange/input_error.h"

#include <utility>
#include <variant>

namespace sunrelay::exchange {

template <typename T> class Result {
public:
    Result(T value)
        : m_state(std::move(value))
    {
    }
    Result(InputError error)
        : m_state(std::move(error))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const InputError &error() const { return std::get<InputError>(m_state); }

private:
    std::variant<T, InputError> m_state;
};

} // namespace sunrelay::exchange
