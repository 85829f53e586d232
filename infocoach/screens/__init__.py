"""Full-screen screens, one folder for each that has parts, each .tcss beside its module. Modals are in dialogs/."""
