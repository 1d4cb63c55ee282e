#pragma once

// The schema steps of the window tiles (PgSchemaTiles.cpp), applied by migrate() (PgSchema.cpp)
// in the order of its table.
namespace ct::pg::schema {

// Version 5: the tiles, their dirty marks, the triggers that mark them and the repack.
extern const char* const kTilesV5;
// Version 6: the tile arithmetic as SQL functions that every part uses.
extern const char* const kTilesV6;

} // namespace ct::pg::schema
