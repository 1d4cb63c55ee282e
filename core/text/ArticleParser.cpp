#include "text/ArticleParser.h"

namespace ct {

ParsedArticle ArticleParser::parse(std::string_view text) {
    ParsedArticle article;
    article.text = std::string(text);
    return article;
}

} // namespace ct
