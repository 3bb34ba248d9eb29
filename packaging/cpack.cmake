# CPack: `cpack -G DEB` in a build folder makes an installable Debian package
# of what `cmake --install` installs (packaging/check-package.sh builds,
# installs and runs it). Included from the root CMakeLists.txt.
set(CPACK_PACKAGE_NAME parallax)
set(CPACK_PACKAGE_VENDOR "The Parallax developers")
set(CPACK_PACKAGE_CONTACT "Parallax developers <parallax@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Parallax is a desktop reader for comparing how different news outlets cover
the same story. It keeps articles in a local library, lines their paragraphs
and sentences up across outlets, and shows identical passages, near-verbatim
edits, paraphrases, moved paragraphs and the claims only one outlet makes.
It imports plain text, saved web pages and Markdown, and exports annotated
HTML, PDF, CSV and JSON, from the window or from the command line.")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Shared libraries are found by dpkg-shlibdeps; the SQLite and PostgreSQL
# drivers of Qt SQL are plugins loaded at run time, which it cannot see (the
# PostgreSQL one for a library shared on a server), and WordNet is data
# (/usr/share/wordnet) read at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, wordnet-base")
# Qt's own strings (standard buttons, file dialogs) in the person's language,
# and the window on Wayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

include(CPack)
