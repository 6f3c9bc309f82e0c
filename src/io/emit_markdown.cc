// ToMarkdown: the Article as CommonMark with GFM pipe tables.
#include <algorithm>
#include <string>

#include "klartext/emit.h"

namespace klartext {
namespace {

// Pipes and line breaks would break a table row.
std::string TableCell(const std::string& cell) {
  std::string out;
  for (char c : cell) {
    if (c == '|') {
      out += "\\|";
    } else if (c == '\n') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

void AppendTable(std::string& out, const Block& b) {
  if (b.rows.empty()) {
    out += b.text;
    return;
  }
  std::size_t columns = 0;
  for (const auto& row : b.rows) columns = std::max(columns, row.size());
  bool first = true;
  for (const auto& row : b.rows) {
    out += '|';
    for (std::size_t i = 0; i < columns; ++i) {
      out += ' ';
      if (i < row.size()) out += TableCell(row[i]);
      out += " |";
    }
    out += '\n';
    if (first) {
      out += '|';
      for (std::size_t i = 0; i < columns; ++i) out += " --- |";
      out += '\n';
      first = false;
    }
  }
}

}  // namespace

std::string ToMarkdown(const Article& a) {
  std::string out;
  if (!a.kicker.empty()) out += "*" + a.kicker + "*\n\n";
  if (!a.title.empty()) out += "# " + a.title + "\n\n";
  BlockType previous = BlockType::kParagraph;
  for (const Block& b : a.blocks) {
    // Consecutive list items form one list: no blank line between them.
    if (!out.empty() && !(b.type == BlockType::kListItem && previous == BlockType::kListItem)) {
      if (out.size() < 2 || out.substr(out.size() - 2) != "\n\n") out += '\n';
    }
    switch (b.type) {
      case BlockType::kHeading:
        out += std::string(static_cast<std::size_t>(std::clamp(b.level, 2, 6)), '#') + " " + b.text + "\n";
        break;
      case BlockType::kListItem:
        out += std::string(static_cast<std::size_t>(std::max(0, b.level - 1)) * 2, ' ');
        out += b.ordered ? "1. " : "- ";
        out += b.text + "\n";
        break;
      case BlockType::kQuote:
        out += "> " + b.text + "\n";
        break;
      case BlockType::kTable:
        AppendTable(out, b);
        break;
      case BlockType::kCode:
        out += "```\n" + b.text + "\n```\n";
        break;
      case BlockType::kImage:
        out += "![](" + b.text + ")\n";
        break;
      case BlockType::kCaption:
        out += "*" + b.text + "*\n";
        break;
      case BlockType::kLead:
        out += "**" + b.text + "**\n";
        break;
      default:
        out += b.text + "\n";
    }
    previous = b.type;
  }
  return out;
}

}  // namespace klartext
