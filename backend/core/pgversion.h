#pragma once
// PostgreSQL's version numbers (server_version_num) as the tool names and compares them.
#include <QString>

namespace oef {

// The major version's name: 150018 -> "15", 90624 -> "9.6" (0, unknown: "0").
QString pgMajorName(int versionNum);
// Its major number, comparable across the two numbering schemes: 150018 -> 15, 90624 -> 9.
int pgMajor(int versionNum);
// The versions the tool is made for and tested on.
constexpr int kOldestPgMajor = 13;
constexpr int kNewestPgMajor = 17;

} // namespace oef
