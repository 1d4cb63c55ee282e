# The Debian package (`cpack -G DEB`, or scripts/package.sh). Depends is computed by
# dpkg-shlibdeps from the libraries the binary links; what it cannot see is named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME crisis-timeline)
set(CPACK_PACKAGE_VENDOR "Crisis Timeline")
set(CPACK_PACKAGE_CONTACT "Crisis Timeline team <team@crisistimeline.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "timeline of the events in news articles")
set(CPACK_PACKAGE_DESCRIPTION
    "Crisis Timeline imports news articles, finds the events in them and the dates they
happened (on Thursday, today, in the coming days: resolved against the publication
date), keeps them in SQLite with the sentence each came from, and shows them on an interactive
timeline that exports to PNG, SVG and PDF. A command line imports, lists and exports
without a display. In English, German and Russian.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://crisistimeline.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so invisible to dpkg-shlibdeps: Qt's platform plugins (xcb for the
# window, offscreen for `export`) and the font every picture's text is set in.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
# Qt's own strings (file dialogs, standard buttons) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
# The menu, MIME and icon caches are refreshed by the dpkg triggers of desktop-file-utils,
# shared-mime-info and hicolor-icon-theme: no maintainer scripts needed.
include(CPack)
