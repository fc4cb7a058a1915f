// accord's default theme: small enhancements only. Every page works without this file.
