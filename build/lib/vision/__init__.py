"""Image intake and understanding: colours, similar items, text and nutrition labels."""
