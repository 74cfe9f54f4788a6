// Compiles tests/CMakeLists.txt's precompiled header, which the test binaries share.
