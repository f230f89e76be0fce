#include "sqlite.h"

namespace sunrelay::store::sqlite
{

int Database::open(const std::string &path, int flags, Database &out, std::string &error)
{
    sqlite3 *handle = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
    Database db(handle);
    if (rc != SQLITE_OK) {
        error = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc);
        return rc;
    }
    sqlite3_extended_result_codes(handle, 1);
    out = std::move(db);
    return SQLITE_OK;
}

void Database::close()
{
    if (m_handle) {
        // Statements are RAII-owned and finalized before their database.
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
}

int Database::exec(const char *sql)
{
    return sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
}

std::string Database::errorMessage() const
{
    return m_handle ? sqlite3_errmsg(m_handle) : std::string();
}

Statement::Statement(const Database &db, std::string_view sql)
{
    m_prepared = sqlite3_prepare_v3(db.handle(),
                                    sql.data(),
                                    static_cast<int>(sql.size()),
                                    0,
                                    &m_statement,
                                    nullptr);
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

Statement &Statement::bind(int index, std::string_view value)
{
    sqlite3_bind_text64(m_statement,
                        index,
                        value.data(),
                        value.size(),
                        SQLITE_TRANSIENT,
                        SQLITE_UTF8);
    return *this;
}

Statement &Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
    return *this;
}

int Statement::step()
{
    if (m_prepared != SQLITE_OK)
        return m_prepared;
    return sqlite3_step(m_statement);
}

int Statement::run()
{
    int rc;
    while ((rc = step()) == SQLITE_ROW) { }
    return rc;
}

void Statement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::string Statement::text(int column) const
{
    const auto *bytes = sqlite3_column_text(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return bytes
        ? std::string(reinterpret_cast<const char *>(bytes), static_cast<std::size_t>(size))
        : std::string();
}

std::string Statement::blob(int column) const
{
    const void *bytes = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return bytes ? std::string(static_cast<const char *>(bytes), static_cast<std::size_t>(size))
                 : std::string();
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_begun(db.exec("BEGIN IMMEDIATE"))
    , m_open(m_begun == SQLITE_OK)
{
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

int Transaction::commit()
{
    const int rc = m_db.exec("COMMIT");
    if (rc == SQLITE_OK)
        m_open = false;
    return rc;
}

} // namespace sunrelay::store::sqlite
