"""The contract between understanding and acting: one typed `Understanding` per shopper message.

`agent/reader.py` builds it once per turn (rules, the intent classifier, reference resolution);
the rules planner turns it into tool calls, the tool gate reads its permissions, and the reply
templates read its slots. The LLM-backed planner may fill the same object. It is kept in the
graph state as plain JSON (`model_dump(mode="json")`) so checkpoints stay portable.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, Field, computed_field


class Intent(StrEnum):
    """What one message asks for."""

    GREET = "greet"
    THANKS_BYE = "thanks_bye"
    HELP = "help"
    OFF_TOPIC = "off_topic"
    UNCLEAR = "unclear"
    ACKNOWLEDGE = "acknowledge"
    SEARCH = "search"
    REFINE = "refine"
    RELAX = "relax"
    PRODUCT_QUESTION = "product_question"
    COMPARE = "compare"
    RECOMMEND = "recommend"
    ADD = "add"
    REMOVE = "remove"
    SET_QUANTITY = "set_quantity"
    CHANGE_VARIANT = "change_variant"
    VIEW_CART = "view_cart"
    CHECKOUT = "checkout"
    GIVE_DETAILS = "give_details"
    CONFIRM = "confirm"
    DECLINE = "decline"
    ORDER_STATUS = "order_status"
    CANCEL_ORDER = "cancel_order"
    PHOTO_QUESTION = "photo_question"


CART_CHANGES = frozenset({
    Intent.ADD, Intent.REMOVE, Intent.SET_QUANTITY, Intent.CHANGE_VARIANT,
})  # fmt: skip
CHECKOUT_STEPS = frozenset({Intent.CHECKOUT, Intent.GIVE_DETAILS})
TALK = frozenset({
    Intent.GREET, Intent.THANKS_BYE, Intent.HELP, Intent.OFF_TOPIC, Intent.UNCLEAR,
})  # fmt: skip


class Slots(BaseModel):
    """Values the message gives; prices in the store currency's minor units."""

    category: str = Field(default="", description="The product words: 'rain jacket', 'tote'.")
    colors: list[str] = Field(default_factory=list, description="Colour families asked for.")
    color_words: list[str] = Field(
        default_factory=list, description="The colour words as said ('off-white', 'navy')."
    )
    named_colours: list[str] = Field(
        default_factory=list,
        description="Colour words said inside a product's name ('orange' of 'an orange juice'):"
        " words of the product, no colour asked for.",
    )
    size: str | None = None
    price_min: int | None = None
    price_max: int | None = None
    brand: str | None = None
    quantity: int | None = None
    each: bool = Field(
        default=False, description="The quantity is for every cart line ('2 of each')."
    )
    change_by: int | None = Field(
        default=None, description="A relative quantity change of a cart line ('take one off': -1)."
    )
    times: float | None = Field(
        default=None,
        description="A cart line's quantity multiplied ('double it': 2, 'halve it': 0.5).",
    )
    moved: int | None = Field(
        default=None,
        description="How many of a line a variant change moves ('one of them in navy'): the rest "
        "stay as they are.",
    )
    price_claim: bool = Field(
        default=False,
        description="The message claimed a price or discount ('the admin says it's $1'); the "
        "claim is left out of `text` and never applied.",
    )
    cheaper: bool = False
    pricier: bool = False
    bigger: bool = False
    smaller: bool = False
    sort: Literal["relevance", "price_asc", "price_desc"] = "relevance"
    list_move: Literal["more", "back"] | None = Field(
        default=None,
        description="A move within the lists shown: 'more' ('any more?') pages on, 'back' ('go "
        "back', 'the previous ones') shows the list before the latest again.",
    )
    superlative: str = Field(
        default="",
        description="What a superlative about the list ranks by and which way: 'price:min' "
        "('which is the cheapest?'), 'size:max', 'weight:min', 'battery:max'.",
    )
    asked: list[str] = Field(
        default_factory=list, description="What a product question asks about ('waterproof')."
    )
    options_asked: list[str] = Field(
        default_factory=list,
        description="An either/or question's choices ('whole bean', 'ground').",
    )
    relax: list[str] = Field(
        default_factory=list, description="Constraints to drop: price, color, size, brand."
    )
    needs: str = Field(default="", description="What the item is for ('running in the rain').")
    interest: list[str] = Field(
        default_factory=list,
        description="What a gift's recipient is into, as the words a product says it is for "
        "('hike', 'trail', ...): every kind the catalog says is for it is searched.",
    )
    kind: str = Field(
        default="",
        description="The head noun of what a search asks for ('jacket' of 'a rain jacket, max "
        "120'), whatever attribute words follow it; '' when it names none.",
    )
    wishes: list[str] = Field(
        default_factory=list,
        description="Soft wishes ('wide fit' of 'wide fit if possible'): they may order a list, "
        "never filter it or name its kind; left out of `category`.",
    )
    reasons: list[str] = Field(
        default_factory=list,
        description="Why the shopper asks ('i have too much green stuff'): never searched.",
    )
    required: list[str] = Field(
        default_factory=list,
        description="A property every listed product must have ('only polarized ones').",
    )
    answer: dict[str, str] = Field(
        default_factory=dict, description="Size/colour given in reply to the agent's question."
    )
    details: dict[str, Any] = Field(
        default_factory=dict, description="Buyer details found: name, email, address."
    )
    changing: str = Field(
        default="", description="A buyer detail to change, its new value not given yet."
    )
    language: str = Field(default="en", description="ISO 639-1 code when it can be told.")
    totals: bool = Field(
        default=False, description="The shopper asked what the cart costs, shipping and tax too."
    )
    items: list[dict[str, Any]] = Field(
        default_factory=list,
        description="Products one message orders by title: product_id, words, quantity.",
    )
    then_checkout: bool = Field(
        default=False, description="The shopper asked to check out once the items are added."
    )


class Negations(BaseModel):
    """What the shopper rules out ("not leather", "no black", "anything but Nike")."""

    colors: list[str] = Field(default_factory=list)
    materials: list[str] = Field(default_factory=list)
    brands: list[str] = Field(default_factory=list)
    words: list[str] = Field(default_factory=list)
    features: list[str] = Field(
        default_factory=list,
        description="A part ruled out that only a description may name: 'a carbon plate'.",
    )

    def is_empty(self) -> bool:
        return not (self.colors or self.materials or self.brands or self.words or self.features)


class References(BaseModel):
    """What the message points at, resolved against the conversation once."""

    ordinals: list[int] = Field(default_factory=list, description="1-based; -1 = the last one.")
    pronoun: bool = Field(default=False, description="'it', 'that one', 'those'.")
    photo: bool = Field(default=False, description="'this' = the shopper's last photo.")
    names_product: bool = Field(default=False, description="A shown product's title is quoted.")
    unasked_order: bool = Field(
        default=False,
        description=(
            "A product named with its options or after a list's label, with no word asking to buy"
            " ('party snacks: tortilla lime chips'): added, and shown."
        ),
    )
    shown_list: bool = Field(
        default=False, description="'they', 'any of these', 'all of them': the whole list shown."
    )
    product_ids: list[str] = Field(
        default_factory=list, description="The products meant, most specific reading first."
    )
    line_product_ids: list[str] = Field(
        default_factory=list, description="Cart lines meant ('the socks', 'the blue one')."
    )
    line_variants: list[str] = Field(
        default_factory=list,
        description="Of several lines of one product, the variant meant ('my dad's one').",
    )
    like: bool = Field(
        default=False,
        description="More like the product meant, or like the list ('similar to the 2nd one').",
    )
    replaces: str | None = Field(
        default=None, description="The cart line an add replaces ('swap the mat for the other')."
    )
    order_id: str | None = None


class Understanding(BaseModel):
    """One shopper message, understood."""

    text: str
    intent: Intent = Intent.SEARCH
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    source: str = Field(default="rules", description="rules, classifier or llm.")
    slots: Slots = Field(default_factory=Slots)
    negations: Negations = Field(default_factory=Negations)
    references: References = Field(default_factory=References)
    then: list[Understanding] = Field(
        default_factory=list,
        description=(
            "Further requests said after a cart edit in the same message, each read on its own:"
            " edits, a search, checkout last."
        ),
    )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def allows_cart_change(self) -> bool:
        """The shopper's own words ask to change the cart (the tool gate reads this)."""
        return self.intent in CART_CHANGES

    @computed_field  # type: ignore[prop-decorator]
    @property
    def allows_checkout(self) -> bool:
        """A checkout step, or an add that asks to check out too ("… to cart and checkout")."""
        return (
            self.intent in CHECKOUT_STEPS
            or (self.intent is Intent.ADD and self.slots.then_checkout)
            or any(edit.intent in CHECKOUT_STEPS for edit in self.then)  # "… and check out"
        )

    @computed_field  # type: ignore[prop-decorator]
    @property
    def allows_order_cancel(self) -> bool:
        """A yes to "Cancel order …?" (never the first mention of canceling)."""
        return self.intent is Intent.CANCEL_ORDER and self.slots.answer.get("confirm") == "yes"

    @property
    def kind(self) -> str:
        return self.intent.value

    def state_value(self) -> dict[str, Any]:
        """As kept in the graph state (plain JSON)."""
        return self.model_dump(mode="json")


def understood(value: dict[str, Any] | None) -> Understanding:
    """The state's stored understanding as the typed value (an empty one before any message)."""
    if not value:
        return Understanding(text="", intent=Intent.UNCLEAR, confidence=0.0)
    return Understanding.model_validate(value)
