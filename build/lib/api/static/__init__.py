"""Widget assets served by api.routes.widget; a package so the files ship in the wheel."""
