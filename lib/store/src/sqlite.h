#pragma once

// Small RAII wrappers over the SQLite C API: a connection, a prepared
// statement with bound values, and a transaction that rolls back unless
// committed. Errors come back as SQLite result codes plus the connection's
// message; callers turn them into StoreErrors.

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace sunrelay::store::sqlite
{

class Database
{
public:
    Database() = default;
    explicit Database(sqlite3 *handle)
        : m_handle(handle)
    {
    }
    Database(Database &&other) noexcept
        : m_handle(std::exchange(other.m_handle, nullptr))
    {
    }
    Database &operator=(Database &&other) noexcept
    {
        if (this != &other) {
            close();
            m_handle = std::exchange(other.m_handle, nullptr);
        }
        return *this;
    }
    ~Database() { close(); }

    // Opens with the given SQLITE_OPEN_* flags; on failure the connection is
    // closed and the code returned with the message in `error`.
    static int open(const std::string &path, int flags, Database &out, std::string &error);

    sqlite3 *handle() const { return m_handle; }
    explicit operator bool() const { return m_handle != nullptr; }
    void close();

    // Runs SQL without results; returns the result code.
    int exec(const char *sql);
    std::string errorMessage() const;

private:
    sqlite3 *m_handle = nullptr;
};

class Statement
{
public:
    Statement(const Database &db, std::string_view sql);
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    int prepareResult() const { return m_prepared; }

    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement &bind(int index, double value);
    Statement &bind(int index, std::string_view value);
    Statement &bindNull(int index);
    Statement &bindBlob(int index, std::string_view bytes);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step();
    // Steps to completion; SQLITE_DONE or an error code.
    int run();
    void reset();

    int columnType(int column) const { return sqlite3_column_type(m_statement, column); }
    std::int64_t integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    std::string text(int column) const;
    std::string blob(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_prepared = SQLITE_OK;
};

// BEGIN IMMEDIATE ... COMMIT; rolls back in the destructor unless committed.
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();

    int beginResult() const { return m_begun; }
    int commit();

private:
    Database &m_db;
    int m_begun;
    bool m_open;
};

} // namespace sunrelay::store::sqlite
