#include <fstream>
#include <iostream>
#include <sstream>

#include "klartext/emit.h"
#include "klartext/extract.h"

int main(int argc, char** argv) {
  if (argc < 3) return 2;
  std::ifstream in(argv[2], std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  auto a = klartext::Extract(ss.str());
  if (!a.ok()) return 1;
  std::cout << klartext::ToJson(*a) << "\n";
}
