#include "interchange/CsvReader.h"

#include <algorithm>
#include <array>
#include <map>

namespace ct {
namespace {

constexpr std::size_t kChunk = 1 << 20;

// Where the first invalid UTF-8 sequence starts, or npos.
std::size_t invalidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        int len = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            len = 2;
        else if ((c & 0xF0) == 0xE0)
            len = 3;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            len = 4;
        else
            return i;
        if (i + len > s.size())
            return i;
        for (int k = 1; k < len; ++k)
            if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
                return i;
        i += len;
    }
    return std::string_view::npos;
}

} // namespace

CsvReader::~CsvReader() {
    if (m_file)
        std::fclose(m_file);
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::filesystem::path& path,
                                                   CsvOptions options) {
    std::unique_ptr<CsvReader> reader(new CsvReader());
    reader->m_name = path.filename().string();
    reader->m_options = options;
    reader->m_file = std::fopen(path.c_str(), "rb");
    if (!reader->m_file)
        return makeError(Error::Code::Io, path.string() + ": cannot open the file for reading");
    std::error_code ec;
    reader->m_size = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
    if (auto r = reader->start(); !r)
        return r.error();
    return reader;
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromText(std::string text, CsvOptions options,
                                                       std::string name) {
    std::unique_ptr<CsvReader> reader(new CsvReader());
    reader->m_name = std::move(name);
    reader->m_options = options;
    reader->m_size = static_cast<std::int64_t>(text.size());
    reader->m_buffer = std::move(text);
    if (auto r = reader->start(); !r)
        return r.error();
    return reader;
}

Result<void> CsvReader::start() {
    if (m_file)
        fill();
    if (m_buffer.size() >= 2 &&
        (m_buffer.compare(0, 2, "\xFF\xFE") == 0 || m_buffer.compare(0, 2, "\xFE\xFF") == 0))
        return makeError(Error::Code::InvalidInput,
                         m_name + ": UTF-16 text; only UTF-8 is supported, save the file as UTF-8");
    if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0)
        m_pos = 3;
    m_delimiter = m_options.delimiter
                      ? *m_options.delimiter
                      : detectDelimiter(std::string_view(m_buffer).substr(m_pos, 64 * 1024),
                                        m_options.quoting);
    if (m_options.header) {
        auto got = next(m_header);
        if (!got)
            return got.error();
        if (!*got)
            return makeError(Error::Code::InvalidInput, m_name + ": the file is empty");
    }
    return {};
}

char CsvReader::detectDelimiter(std::string_view sample, bool quoting) {
    constexpr std::array<char, 4> candidates = {',', '\t', ';', '|'};
    // Count per line outside quotes, on at most 20 lines.
    std::vector<std::array<int, 4>> perLine;
    std::array<int, 4> counts{};
    bool quoted = false;
    for (std::size_t i = 0; i < sample.size() && perLine.size() < 20; ++i) {
        const char c = sample[i];
        if (quoting && c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (c == '\r' && i + 1 < sample.size() && sample[i + 1] == '\n')
                ++i;
            perLine.push_back(counts);
            counts = {};
        } else if (!quoted) {
            for (std::size_t k = 0; k < candidates.size(); ++k)
                counts[k] += c == candidates[k];
        }
    }
    if (perLine.empty() || counts != std::array<int, 4>{})
        perLine.push_back(counts);
    char best = ',';
    int bestScore = -1;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        std::map<int, int> frequency;
        for (const auto& line : perLine)
            if (line[k] > 0)
                ++frequency[line[k]];
        int consistent = 0, perRow = 0;
        for (const auto& [n, lines] : frequency)
            if (lines > consistent || (lines == consistent && n > perRow))
                consistent = lines, perRow = n;
        // Lines agreeing, then how many per line: a comma in a few descriptions of a
        // tab-separated file loses to the tab on every line.
        const int score = consistent * 1000 + perRow;
        if (consistent > 0 && score > bestScore)
            bestScore = score, best = candidates[k];
    }
    return best;
}

bool CsvReader::fill() {
    if (!m_file)
        return false;
    m_consumed += static_cast<std::int64_t>(m_pos);
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    const std::size_t old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const std::size_t got = std::fread(m_buffer.data() + old, 1, kChunk, m_file);
    m_buffer.resize(old + got);
    return got > 0;
}

inline int CsvReader::get() {
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

Result<bool> CsvReader::next(std::vector<std::string>& fields) {
    std::size_t count = 0;
    auto field = [&]() -> std::string& {
        if (count == fields.size())
            fields.emplace_back();
        std::string& f = fields[count];
        f.clear();
        return f;
    };
    int c = get();
    // Blank lines between records carry nothing.
    while (c == '\n' || c == '\r') {
        if (c == '\r' && m_pos < m_buffer.size() && m_buffer[m_pos] == '\n')
            ++m_pos;
        ++m_line;
        c = get();
    }
    if (c < 0) {
        fields.clear();
        return false;
    }
    m_recordLine = m_line;
    const int delimiter = static_cast<unsigned char>(m_delimiter);
    for (;;) {
        std::string& value = field();
        ++count;
        if (m_options.quoting && c == '"') {
            for (;;) {
                // Fast path: copy up to the next quote or line break in one go.
                const std::size_t from = m_pos;
                while (m_pos < m_buffer.size() && m_buffer[m_pos] != '"' && m_buffer[m_pos] != '\n')
                    ++m_pos;
                value.append(m_buffer, from, m_pos - from);
                c = get();
                if (c < 0)
                    return makeError(
                        Error::Code::InvalidInput,
                        m_name + ": line " + std::to_string(m_recordLine) +
                            ": a quoted field is not closed before the end of the file");
                if (c == '\n') {
                    ++m_line;
                    value += '\n';
                    continue;
                }
                if (c != '"') { // the fast path stopped at the end of the buffer
                    value += static_cast<char>(c);
                    continue;
                }
                c = get();
                if (c == '"') {
                    value += '"';
                    continue;
                }
                break;
            }
            // Text after the closing quote belongs to the field (lenient, like spreadsheets).
            while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                value += static_cast<char>(c);
                c = get();
            }
        } else {
            while (c >= 0 && c != delimiter && c != '\n' && c != '\r') {
                const std::size_t from = m_pos - 1;
                while (m_pos < m_buffer.size() && m_buffer[m_pos] != m_delimiter &&
                       m_buffer[m_pos] != '\n' && m_buffer[m_pos] != '\r')
                    ++m_pos;
                value.append(m_buffer, from, m_pos - from);
                c = get();
            }
        }
        if (invalidUtf8(value) != std::string_view::npos)
            return makeError(
                Error::Code::InvalidInput,
                m_name + ": line " + std::to_string(m_line) +
                    ": invalid UTF-8; only UTF-8 is supported, save the file as UTF-8");
        if (c == delimiter) {
            c = get();
            continue;
        }
        if (c == '\r' && m_pos < m_buffer.size() && m_buffer[m_pos] == '\n')
            ++m_pos;
        else if (c == '\r' && m_pos >= m_buffer.size() && fill() && m_buffer[m_pos] == '\n')
            ++m_pos;
        if (c >= 0)
            ++m_line;
        break;
    }
    fields.resize(count);
    return true;
}

double CsvReader::progress() const {
    if (m_size <= 0)
        return 1.0;
    return std::min(1.0, static_cast<double>(m_consumed + static_cast<std::int64_t>(m_pos)) /
                             static_cast<double>(m_size));
}

} // namespace ct
