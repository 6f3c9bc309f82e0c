// klartext/version.h: the library's version.
#ifndef KLARTEXT_VERSION_H_
#define KLARTEXT_VERSION_H_

#define KLARTEXT_VERSION_MAJOR 0
#define KLARTEXT_VERSION_MINOR 1
#define KLARTEXT_VERSION_PATCH 0
#define KLARTEXT_VERSION_STRING "0.1.0"

#endif  // KLARTEXT_VERSION_H_
