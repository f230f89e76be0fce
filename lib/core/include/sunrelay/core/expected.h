#pragma once

// Expected<T, E>: a value, or the error explaining why there is none. The
// libraries return it instead of throwing across their boundaries; the app
// turns the error into words.
//
// Example:
//   Expected<Plan, InputError> plan = readPlanJson(text);
//   if (!plan) std::cerr << plan.error().message();

#include <utility>
#include <variant>

namespace sunrelay
{

template<typename T, typename E>
class Expected
{
public:
    Expected(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_state); }
    T &value() & { return std::get<0>(m_state); }
    T &&value() && { return std::get<0>(std::move(m_state)); }
    const E &error() const { return std::get<1>(m_state); }

private:
    std::variant<T, E> m_state;
};

} // namespace sunrelay
