#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace ct::fuzz {

// Runs the named format reader(s) on the bytes ("PDF", "zip" = DOCX and ODT, "e-mail") and
// checks what every reader promises: an error that names the file, or articles whose text is
// UTF-8 laid out as title + paragraphs with offsets inside the text. Returns what broke, or "".
std::string checkFormat(std::string_view family, const std::uint8_t* data, std::size_t size);

} // namespace ct::fuzz
