#pragma once

#include "common/Result.h"
#include "interchange/TableSource.h"

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ct {

struct CsvOptions {
    std::optional<char> delimiter; // nullopt: detected from the first lines (, \t ; |)
    bool quoting = true;           // RFC 4180 quotes; GDELT's files have none and may hold a lone "
    bool header = true;            // the first row names the columns
};

// An RFC 4180 reader that streams: a file of millions of rows is read in 1 MiB chunks, never
// whole. UTF-8 with or without a byte-order mark; CRLF, LF or CR line ends; quoted fields may
// hold delimiters, doubled quotes and line breaks. A quote inside an unquoted field is kept
// as it is (spreadsheets write such files). An unterminated quote or invalid UTF-8 is an
// error naming the line.
class CsvReader final : public TableSource {
  public:
    static Result<std::unique_ptr<CsvReader>> open(const std::filesystem::path& path,
                                                   CsvOptions options = {});
    static Result<std::unique_ptr<CsvReader>> fromText(std::string text, CsvOptions options = {},
                                                       std::string name = "text");
    ~CsvReader() override;

    const std::vector<std::string>& header() const override { return m_header; }
    Result<bool> next(std::vector<std::string>& fields) override;
    std::int64_t line() const override { return m_recordLine; }
    double progress() const override;

    char delimiter() const { return m_delimiter; }
    // The delimiter the sample suggests: the candidate found the same (non-zero) number of
    // times on most of the sample's lines, preferring the most frequent.
    static char detectDelimiter(std::string_view sample, bool quoting);

  private:
    CsvReader() = default;
    Result<void> start();
    bool fill();
    int get();

    std::string m_name;
    CsvOptions m_options;
    std::FILE* m_file = nullptr;
    std::int64_t m_size = 0;
    std::int64_t m_consumed = 0; // bytes before m_buffer
    std::string m_buffer;
    std::size_t m_pos = 0;
    char m_delimiter = ',';
    std::int64_t m_line = 1;       // the line the reader is on
    std::int64_t m_recordLine = 0; // the line the last record began on
    std::vector<std::string> m_header;
};

} // namespace ct
