#include "interchange/TableSource.h"

namespace ct {

RowTable::RowTable(std::vector<std::string> header, std::vector<std::vector<std::string>> rows,
                   std::vector<std::int64_t> lines)
    : m_header(std::move(header)), m_rows(std::move(rows)), m_lines(std::move(lines)) {}

Result<bool> RowTable::next(std::vector<std::string>& fields) {
    if (m_next >= m_rows.size())
        return false;
    fields = m_rows[m_next++];
    return true;
}

std::int64_t RowTable::line() const {
    if (m_next == 0)
        return 0;
    const std::size_t i = m_next - 1;
    return i < m_lines.size() ? m_lines[i] : static_cast<std::int64_t>(i) + 2;
}

double RowTable::progress() const {
    return m_rows.empty() ? 1.0 : static_cast<double>(m_next) / static_cast<double>(m_rows.size());
}

} // namespace ct
