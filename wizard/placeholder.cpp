namespace oef::ui { int placeholder() { return 0; } }
